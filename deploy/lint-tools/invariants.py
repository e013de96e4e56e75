"""deploy/lint's invariants check: what the Kubernetes API types cannot tell, because it lies between objects or
in what this platform needs. Python 3 with PyYAML.

    python3 deploy/lint-tools/invariants.py <manifest folder>    prints each problem; exits 1 when there is one

The folder is laid out as deploy/kubernetes is: shared/ (what both apps need), one folder per app, a
kustomization.yaml in each and one above them, and *.template.yaml files that no kustomization applies.
"""

import ipaddress
import os
import re
import sys

import yaml

PART_OF = "clinic-platform"
NAMESPACE = "clinic"
SECRET = "clinic-secrets"
SHARED = "shared"
# Spring's graceful shutdown waits at most this long for requests in progress (spring.lifecycle's default)
SHUTDOWN_PHASE_SECONDS = 30
# the ports the apps listen on (README: ports, health and metrics)
APP_PORTS = {"public-site": {"http": 8080, "management": 9080}, "web-admin": {"http": 8081, "management": 9081}}
# the namespaces that may reach each port (the NetworkPolicies' sources)
PORT_SOURCES = {"http": "ingress-nginx", "management": "monitoring"}
# the apps whose Ingress must keep a session on one pod (Vaadin keeps UI state in the HTTP session)
STICKY_APPS = {"web-admin"}
HEALTH = {"startupProbe": "/actuator/health/liveness", "readinessProbe": "/actuator/health/readiness",
          "livenessProbe": "/actuator/health/liveness"}

problems = []


class Obj:
    def __init__(self, path, folder, index, body):
        self.path, self.folder, self.index, self.body = path, folder, index, body
        self.kind = body.get("kind", "?")
        self.meta = body.get("metadata") or {}
        self.name = self.meta.get("name", "?")

    def __str__(self):
        return f"{self.path}: {self.kind}/{self.name}"


def problem(where, message):
    problems.append(f"{where}: {message}")


def quantity(text):
    """A CPU or memory quantity as a number (cores or bytes), or None when it is none."""
    units = {"m": 1e-3, "": 1, "k": 1e3, "M": 1e6, "G": 1e9, "Ki": 2 ** 10, "Mi": 2 ** 20, "Gi": 2 ** 30}
    match = re.fullmatch(r"([0-9.]+)(m|k|M|G|Ki|Mi|Gi)?", str(text))
    return float(match.group(1)) * units[match.group(2) or ""] if match else None


def selects(selector, labels):
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def load(root):
    objects, kustomizations = [], {}
    for folder, _, files in sorted(os.walk(root)):
        for file in sorted(files):
            if not file.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(folder, file)
            relative = os.path.relpath(path, root)
            top = relative.split(os.sep)[0] if os.sep in relative else ""
            with open(path, encoding="utf-8") as stream:
                try:
                    documents = [d for d in yaml.safe_load_all(stream) if d is not None]
                except yaml.YAMLError as error:
                    problem(relative, f"not YAML: {error}")
                    continue
            for index, body in enumerate(documents):
                if not isinstance(body, dict):
                    problem(relative, f"document {index + 1} is not a mapping")
                elif file == "kustomization.yaml":
                    kustomizations[relative] = body
                else:
                    objects.append(Obj(relative, top, index, body))
    return objects, kustomizations


def check_kustomizations(root, objects, kustomizations):
    """Every manifest but the templates is applied by exactly one kustomization; every listed file exists."""
    applied = {}
    for path, body in kustomizations.items():
        folder = os.path.dirname(path)
        for resource in body.get("resources") or []:
            target = os.path.normpath(os.path.join(folder, resource))
            if not os.path.exists(os.path.join(root, target)):
                problem(path, f"lists {resource}, which does not exist")
            elif os.path.isfile(os.path.join(root, target)):
                applied[target] = applied.get(target, 0) + 1
    for path in sorted({o.path for o in objects}):
        count = applied.get(path, 0)
        if path.endswith(".template.yaml"):
            if count:
                problem(path, "is a template (placeholders only) but a kustomization applies it")
        elif count != 1:
            problem(path, f"is applied by {count} kustomizations, not one")


def check_common(objects):
    seen = set()
    namespaces = {o.name for o in objects if o.kind == "Namespace"}
    for o in objects:
        key = (o.kind, o.meta.get("namespace"), o.name)
        if key in seen:
            problem(o, "defined twice")
        seen.add(key)
        if (o.meta.get("labels") or {}).get("app.kubernetes.io/part-of") != PART_OF:
            problem(o, f"no label app.kubernetes.io/part-of: {PART_OF}")
        if o.kind != "Namespace":
            if o.meta.get("namespace") != NAMESPACE:
                problem(o, f"not in namespace {NAMESPACE}")
            elif NAMESPACE not in namespaces:
                problem(o, f"namespace {NAMESPACE} is defined nowhere")
        app = (o.meta.get("labels") or {}).get("app.kubernetes.io/name")
        if o.folder in APP_PORTS and app != o.folder:
            problem(o, f"in {o.folder}/ but labelled app.kubernetes.io/name: {app}")


def by_kind(objects, kind):
    return [o for o in objects if o.kind == kind]


def find(objects, kind, name):
    return next((o for o in objects if o.kind == kind and o.name == name), None)


def reference(source, objects, kind, name, what):
    """The object a reference names, which must exist and belong to the source's own folder or to shared/."""
    target = find(objects, kind, name)
    if target is None:
        problem(source, f"{what} names {kind} {name}, which is defined nowhere")
    elif target.folder not in (source.folder, SHARED):
        problem(source, f"{what} names {kind} {name} of {target.folder}/: an app may use only its own and shared/")
    return target


def container_ports(deployment):
    ports = {}
    for container in deployment.body["spec"]["template"]["spec"].get("containers") or []:
        for port in container.get("ports") or []:
            ports[port.get("name")] = port.get("containerPort")
    return ports


def port_number(port, ports):
    return ports.get(port) if isinstance(port, str) else port


def check_container(deployment, pod, container, objects):
    where = f"{deployment} container {container.get('name')}"
    app = deployment.folder
    ports = {p.get("name"): p.get("containerPort") for p in container.get("ports") or []}
    if app in APP_PORTS and ports != APP_PORTS[app]:
        problem(where, f"ports {ports}, the app listens on {APP_PORTS[app]}")
    env = {e.get("name"): e for e in container.get("env") or []}
    for variable, port in (("SERVER_PORT", "http"), ("MANAGEMENT_SERVER_PORT", "management")):
        value = (env.get(variable) or {}).get("value")
        if value is None or str(value) != str(ports.get(port)):
            problem(where, f"{variable} is {value}, the {port} port is {ports.get(port)}")
    if (env.get("MANAGEMENT_SERVER_ADDRESS") or {}).get("value") != "0.0.0.0":
        problem(where, "MANAGEMENT_SERVER_ADDRESS is not 0.0.0.0: the probes and Prometheus could not reach it")

    # settings come from ConfigMaps, secrets from the Secret, each key from one place only
    keys = {}
    for source in container.get("envFrom") or []:
        if "configMapRef" not in source:
            problem(where, "envFrom other than a ConfigMap")
            continue
        config = reference(deployment, objects, "ConfigMap", source["configMapRef"].get("name"), "envFrom")
        for key in (config.body.get("data") or {}) if config else {}:
            if key in keys:
                problem(where, f"{key} comes from both {keys[key]} and {config.name}")
            keys[key] = config.name
    secret = find(objects, "Secret", SECRET)
    for name, variable in env.items():
        if name in keys:
            problem(where, f"{name} is set in env and in ConfigMap {keys[name]}")
        origin = variable.get("valueFrom") or {}
        if re.search(r"SECRET|PASSWORD", name or "") and "secretKeyRef" not in origin:
            problem(where, f"{name} is not taken from a Secret")
        if "secretKeyRef" in origin:
            ref = origin["secretKeyRef"]
            target = reference(deployment, objects, "Secret", ref.get("name"), f"{name}")
            data = {**((target.body.get("stringData") or {}) if target else {}), **((target.body.get("data") or {}) if target else {})}
            if target and ref.get("key") not in data and not ref.get("optional"):
                problem(where, f"{name} takes key {ref.get('key')}, which Secret {target.name} does not have")
        if "configMapKeyRef" in origin:
            reference(deployment, objects, "ConfigMap", origin["configMapKeyRef"].get("name"), name)
    if secret is None:
        problem(where, f"Secret {SECRET} (or its template) is defined nowhere")

    for probe, path in HEALTH.items():
        get = (container.get(probe) or {}).get("httpGet")
        if not get:
            problem(where, f"no {probe} over HTTP")
            continue
        if port_number(get.get("port"), ports) != ports.get("management"):
            problem(where, f"{probe} is on port {get.get('port')}, not the management port")
        if get.get("path") != path:
            problem(where, f"{probe} asks {get.get('path')}, not {path}")

    resources = container.get("resources") or {}
    for resource in ("cpu", "memory"):
        request = quantity((resources.get("requests") or {}).get(resource))
        limit = quantity((resources.get("limits") or {}).get(resource))
        if request is None:
            problem(where, f"no {resource} request")
        if resource == "memory" and limit is None:
            problem(where, "no memory limit")
        if request is not None and limit is not None and limit < request:
            problem(where, f"{resource} limit below its request")

    security = container.get("securityContext") or {}
    if security.get("allowPrivilegeEscalation") is not False:
        problem(where, "allowPrivilegeEscalation is not false")
    if security.get("readOnlyRootFilesystem") is not True:
        problem(where, "readOnlyRootFilesystem is not true")
    if "ALL" not in ((security.get("capabilities") or {}).get("drop") or []):
        problem(where, "does not drop ALL capabilities")
    if not (security.get("runAsNonRoot") or (pod.get("securityContext") or {}).get("runAsNonRoot")):
        problem(where, "runAsNonRoot is not set")
    volumes = {v.get("name"): v for v in pod.get("volumes") or []}
    tmp = [m for m in container.get("volumeMounts") or [] if m.get("mountPath") == "/tmp"]
    if not tmp or "emptyDir" not in volumes.get(tmp[0].get("name"), {}):
        problem(where, "no emptyDir at /tmp (the only writable place with a read-only root)")

    stop = ((container.get("lifecycle") or {}).get("preStop") or {})
    pause = (stop.get("sleep") or {}).get("seconds")
    if pause is None and "exec" in stop:
        numbers = [int(a) for a in stop["exec"].get("command") or [] if str(a).isdigit()]
        pause = numbers[0] if numbers else None
    if not pause:
        problem(where, "no preStop pause: the ingress controller would still send requests to a stopping pod")
    grace = pod.get("terminationGracePeriodSeconds", 30)
    if pause and grace <= pause + SHUTDOWN_PHASE_SECONDS:
        problem(where, f"terminationGracePeriodSeconds {grace} leaves no room after the preStop pause ({pause} s)"
                       f" and the graceful shutdown ({SHUTDOWN_PHASE_SECONDS} s)")


def check_deployments(objects):
    for d in by_kind(objects, "Deployment"):
        spec = d.body.get("spec") or {}
        pod = (spec.get("template") or {}).get("spec") or {}
        labels = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
        if not selects((spec.get("selector") or {}).get("matchLabels"), labels):
            problem(d, "selector does not match the pod template's labels")
        if (spec.get("replicas") or 1) < 2:
            problem(d, "fewer than 2 replicas")
        rolling = (spec.get("strategy") or {}).get("rollingUpdate") or {}
        if rolling.get("maxUnavailable") != 0:
            problem(d, "rolling update maxUnavailable is not 0")
        if pod.get("automountServiceAccountToken") is not False:
            problem(d, "mounts a service account token the app never uses")
        if ((pod.get("securityContext") or {}).get("seccompProfile") or {}).get("type") != "RuntimeDefault":
            problem(d, "no RuntimeDefault seccomp profile (Pod Security 'restricted')")
        for container in pod.get("containers") or []:
            check_container(d, pod, container, objects)
        for kind in ("Service", "NetworkPolicy", "PodDisruptionBudget"):
            if not any(selects(pod_selector(o), labels) for o in by_kind(objects, kind)):
                problem(d, f"no {kind} selects its pods")


def pod_selector(o):
    """The labels a Service, NetworkPolicy or PodDisruptionBudget selects pods by."""
    spec = o.body.get("spec") or {}
    if o.kind == "Service":
        return spec.get("selector")
    return (spec.get("podSelector" if o.kind == "NetworkPolicy" else "selector") or {}).get("matchLabels")


def selected_deployment(objects, selector):
    matches = [d for d in by_kind(objects, "Deployment")
               if selects(selector, d.body["spec"]["template"]["metadata"].get("labels") or {})]
    return matches[0] if len(matches) == 1 else None


def selected_by(o, objects):
    """The one Deployment whose pods a Service, NetworkPolicy or PodDisruptionBudget selects, in its own folder."""
    deployment = selected_deployment(objects, pod_selector(o))
    if deployment is None:
        problem(o, "selector matches no Deployment's pods (or more than one)")
    elif o.folder != deployment.folder:
        problem(o, f"selects {deployment.name}'s pods from {o.folder}/")
    return deployment


def check_services(objects):
    for s in by_kind(objects, "Service"):
        spec = s.body.get("spec") or {}
        if not spec.get("selector"):
            slices = [e for e in by_kind(objects, "EndpointSlice")
                      if (e.meta.get("labels") or {}).get("kubernetes.io/service-name") == s.name]
            if not slices and spec.get("type") != "ExternalName":
                problem(s, "no selector, no EndpointSlice and not an ExternalName: it leads nowhere")
            names = {p.get("name") for p in spec.get("ports") or []}
            for e in slices:
                if {p.get("name") for p in e.body.get("ports") or []} != names:
                    problem(e, f"port names differ from Service {s.name}'s")
            continue
        deployment = selected_by(s, objects)
        if deployment is None:
            continue
        ports = container_ports(deployment)
        for port in spec.get("ports") or []:
            if port_number(port.get("targetPort", port.get("port")), ports) not in ports.values():
                problem(s, f"port {port.get('name')} targets {port.get('targetPort')}, not a port of {deployment.name}")
        if any(p.get("targetPort") == "management" for p in spec.get("ports") or []):
            if len(spec.get("ports")) != 1 or spec.get("clusterIP") != "None":
                problem(s, "the management port belongs in a headless Service of its own (Prometheus scrapes each pod)")


def check_ingresses(objects):
    for i in by_kind(objects, "Ingress"):
        for rule in (i.body.get("spec") or {}).get("rules") or []:
            for path in ((rule.get("http") or {}).get("paths") or []):
                backend = (path.get("backend") or {}).get("service") or {}
                service = reference(i, objects, "Service", backend.get("name"), "backend")
                if service is None:
                    continue
                wanted = backend.get("port") or {}
                port = next((p for p in service.body["spec"].get("ports") or []
                             if p.get("name") == wanted.get("name") or p.get("port") == wanted.get("number")), None)
                deployment = selected_deployment(objects, pod_selector(service))
                ports = container_ports(deployment) if deployment else {}
                target = port_number(port.get("targetPort", port.get("port")), ports) if port else None
                if port is None:
                    problem(i, f"Service {service.name} has no port {wanted}")
                elif target in ports.values() and target != ports.get("http"):
                    problem(i, f"routes to {service.name}'s port {target}: only the app's http port may be public")
                app = (service.meta.get("labels") or {}).get("app.kubernetes.io/name")
                sticky = (i.meta.get("annotations") or {}).get("nginx.ingress.kubernetes.io/affinity") == "cookie"
                if app in STICKY_APPS and not sticky:
                    problem(i, f"{app} keeps its screens in the HTTP session: the Ingress needs cookie affinity")


def covers(cidr, address):
    try:
        return ipaddress.ip_address(address) in ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return False


def check_network_policies(objects):
    policies = by_kind(objects, "NetworkPolicy")
    everything = [p for p in policies if (p.body.get("spec") or {}).get("podSelector") == {}]
    if not any(set(p.body["spec"].get("policyTypes") or []) == {"Ingress", "Egress"}
               and not p.body["spec"].get("ingress") and not p.body["spec"].get("egress") for p in everything):
        problem("network policies", "no default deny of ingress and egress for the namespace")
    if not any(53 in [port.get("port") for rule in p.body["spec"].get("egress") or [] for port in rule.get("ports") or []]
               for p in everything):
        problem("network policies", "no egress to DNS for the namespace")
    database = find(objects, "Service", "postgresql")
    db_port = (database.body["spec"]["ports"][0]["targetPort"] if database else None)
    db_addresses = [a for e in by_kind(objects, "EndpointSlice") for ep in e.body.get("endpoints") or []
                    for a in ep.get("addresses") or []]
    for p in policies:
        spec = p.body.get("spec") or {}
        if spec.get("podSelector") == {}:
            continue
        deployment = selected_by(p, objects)
        if deployment is None:
            continue
        ports = container_ports(deployment)
        allowed = {}
        for rule in spec.get("ingress") or []:
            sources = {((peer.get("namespaceSelector") or {}).get("matchLabels") or {}).get("kubernetes.io/metadata.name")
                       for peer in rule.get("from") or []}
            for port in rule.get("ports") or []:
                number = port_number(port.get("port"), ports)
                if number not in ports.values():
                    problem(p, f"allows port {port.get('port')}, which {deployment.name} does not listen on")
                allowed.setdefault(number, set()).update(sources)
        for name, number in ports.items():
            wanted = PORT_SOURCES.get(name)
            if number not in allowed:
                problem(p, f"nothing may reach {deployment.name}'s {name} port {number}")
            elif wanted and allowed[number] != {wanted}:
                problem(p, f"{deployment.name}'s {name} port is open to {sorted(map(str, allowed[number]))},"
                           f" not only to namespace {wanted}")
        to_database = [rule for rule in spec.get("egress") or []
                       if any(port.get("port") == db_port for port in rule.get("ports") or [])]
        if not to_database:
            problem(p, f"no egress to PostgreSQL's port {db_port}")
        for address in db_addresses:
            if not any(covers((peer.get("ipBlock") or {}).get("cidr", ""), address)
                       for rule in to_database for peer in rule.get("to") or []):
                problem(p, f"egress to PostgreSQL does not cover its address {address} (shared/postgresql.yaml)")


def check_budgets(objects):
    for b in by_kind(objects, "PodDisruptionBudget"):
        spec = b.body.get("spec") or {}
        deployment = selected_by(b, objects)
        if deployment is None:
            continue
        replicas = deployment.body["spec"].get("replicas", 1)
        if "minAvailable" in spec and isinstance(spec["minAvailable"], int) and spec["minAvailable"] >= replicas:
            problem(b, f"minAvailable {spec['minAvailable']} with {replicas} replicas: no node could ever be drained")
        if spec.get("maxUnavailable") in (0, "0%"):
            problem(b, "maxUnavailable 0: no node could ever be drained")


def check_secret_templates(objects):
    for s in by_kind(objects, "Secret"):
        if not s.path.endswith(".template.yaml"):
            problem(s, "a Secret with values in the repository: keep a *.template.yaml with placeholders only")
        for key, value in (s.body.get("stringData") or {}).items():
            if "REPLACE" not in str(value):
                problem(s, f"{key} holds a value, not a placeholder")
        if s.body.get("data"):
            problem(s, "data holds values: a template has placeholders in stringData only")
    for c in by_kind(objects, "ConfigMap"):
        for key in c.body.get("data") or {}:
            if re.search(r"SECRET|PASSWORD", key):
                problem(c, f"{key} belongs in the Secret, not a ConfigMap")


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit("usage: invariants.py <manifest folder>")
    root = sys.argv[1]
    objects, kustomizations = load(root)
    check_kustomizations(root, objects, kustomizations)
    check_common(objects)
    check_deployments(objects)
    check_services(objects)
    check_ingresses(objects)
    check_network_policies(objects)
    check_budgets(objects)
    check_secret_templates(objects)
    for line in problems:
        print(f"invariants: {line}")
    print(f"invariants: {len(objects)} objects in {len(kustomizations)} kustomizations checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
