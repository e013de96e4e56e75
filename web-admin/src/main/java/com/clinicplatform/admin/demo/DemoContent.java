package com.clinicplatform.admin.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.dataformat.yaml.YAMLMapper;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.treatment.NewTreatment;

/** The demo clinic and its treatment pages, in catalogue order, as written in {@code demo/demo-content.yaml}. */
record DemoContent(ClinicDetails clinic, List<NewTreatment> treatments) {

    static DemoContent load() {
        try (var yaml = new ClassPathResource("demo/demo-content.yaml").getInputStream()) {
            return YAMLMapper.builder().build().readValue(yaml, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content", e);
        }
    }
}
