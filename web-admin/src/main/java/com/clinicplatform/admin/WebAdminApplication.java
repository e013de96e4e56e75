package com.clinicplatform.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The staff console. It shares the database with the public site through core, nothing else. */
@SpringBootApplication(scanBasePackages = "com.clinicplatform")
@AutoConfigurationPackage(basePackages = "com.clinicplatform")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class WebAdminApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WebAdminApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Clinic console");
        // the same mark as the public site's tab, so staff find the console among their tabs
        settings.addFavIcon("icon", "favicon.svg", "any");
    }
}
