package com.clinicplatform.admin.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.dataformat.yaml.YAMLMapper;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.treatment.NewCondition;
import com.clinicplatform.treatment.NewTreatment;

/**
 * The demo clinic, its conditions and its treatment pages, each in the order the site lists them, as written in
 * {@code demo/demo-content.yaml}.
 */
record DemoContent(ClinicDetails clinic, List<DemoCondition> conditions, List<NewTreatment> treatments) {

    /** A condition's page and the titles of the treatments that address it. */
    record DemoCondition(String name, String summary, String seoTitle, String seoDescription, String description,
            List<String> treatments) {

        NewCondition content() {
            return new NewCondition(name, summary, description, seoTitle, seoDescription);
        }
    }

    static DemoContent load() {
        try (var yaml = new ClassPathResource("demo/demo-content.yaml").getInputStream()) {
            return YAMLMapper.builder().build().readValue(yaml, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content", e);
        }
    }
}
