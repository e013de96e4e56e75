package com.clinicplatform.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The clinic's public website. It shares the database with the staff console through core, nothing else. */
@SpringBootApplication(scanBasePackages = "com.clinicplatform")
@AutoConfigurationPackage(basePackages = "com.clinicplatform")
public class PublicSiteApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicSiteApplication.class, args);
    }
}
