// deploy/lint's schema check: every Kubernetes object in the given YAML files against the Kubernetes API's own
// types, from the npm package kubernetes-models (generated from the API's OpenAPI definitions), in two ways:
//  - at run time, by each model's validate(): required fields, types, formats and enumerations;
//  - by TypeScript, with each object written as a literal passed to its model's constructor: TypeScript refuses
//    a field the type does not have, which the run-time check lets through ("readinesProbe", a field put one
//    level too deep), and which the API server would drop or refuse.
// kustomization.yaml files are not API objects: deploy/lint has kubectl build them, where kubectl exists.
//
//   node deploy/lint-tools/schema.mjs <file.yaml>...      prints each problem; exits 1 when there is one
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import ts from "typescript";
import { parseAllDocuments } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const problems = [];
const objects = [];

for (const file of process.argv.slice(2)) {
    const documents = parseAllDocuments(readFileSync(file, "utf8"));
    documents.forEach((document, index) => {
        const where = `${file} (document ${index + 1})`;
        if (document.errors.length > 0) {
            document.errors.forEach((error) => problems.push(`${where}: ${error.message}`));
            return;
        }
        const object = document.toJS();
        if (object === null || object === undefined) {
            return;
        }
        if (String(object.apiVersion ?? "").startsWith("kustomize.config.k8s.io/")) {
            return;
        }
        if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
            problems.push(`${where}: no apiVersion or kind`);
            return;
        }
        objects.push({ where: `${where} ${object.kind}/${object.metadata?.name ?? "?"}`, object });
    });
}

// the model of each object's apiVersion and kind: "apps/v1" + "Deployment" -> kubernetes-models/apps/v1/Deployment
const moduleOf = (object) => `kubernetes-models/${object.apiVersion}/${object.kind}`;

for (const entry of objects) {
    let model;
    try {
        model = (await import(moduleOf(entry.object)))[entry.object.kind];
    } catch {
        model = undefined;
    }
    if (typeof model !== "function") {
        problems.push(`${entry.where}: ${entry.object.apiVersion} ${entry.object.kind} is not a Kubernetes API type`);
        entry.unknown = true;
        continue;
    }
    try {
        new model(entry.object).validate();
    } catch (error) {
        problems.push(`${entry.where}: ${error.message}`);
    }
}

// One TypeScript file: an import per model, then each object as a literal, one field a line, so that a
// diagnostic's line tells the object and the field. apiVersion and kind are the model's own (its constructor
// takes the rest); the import above found them.
const lines = [];
const known = objects.filter((entry) => !entry.unknown);
known.forEach((entry, index) => lines.push(`import { ${entry.object.kind} as M${index} } from "${moduleOf(entry.object)}";`));
known.forEach((entry, index) => {
    lines.push(`new M${index}(`);
    entry.firstLine = lines.length;
    const { apiVersion, kind, ...rest } = entry.object;
    lines.push(...JSON.stringify(rest, null, 2).split("\n"));
    entry.lastLine = lines.length - 1;
    lines.push(");");
});

const folder = mkdtempSync(path.join(here, ".check-"));
try {
    const source = path.join(folder, "manifests.ts");
    writeFileSync(source, lines.join("\n") + "\n");
    const program = ts.createProgram([source], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: [],
    });
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n  ");
        if (!diagnostic.file || path.resolve(diagnostic.file.fileName) !== path.resolve(source)) {
            problems.push(`TypeScript: ${message}`);
            continue;
        }
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const entry = known.find((candidate) => line >= candidate.firstLine && line <= candidate.lastLine);
        const at = lines[line].trim();
        problems.push(`${entry ? entry.where : "the generated imports"}: at ${at}\n  ${message}`);
    }
} finally {
    rmSync(folder, { recursive: true, force: true });
}

for (const problem of problems) {
    console.log(`schema: ${problem}`);
}
console.log(`schema: ${objects.length} objects checked against the Kubernetes API types, ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
