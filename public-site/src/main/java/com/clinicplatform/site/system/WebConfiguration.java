package com.clinicplatform.site.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Pages carry an ETag, so a browser that already has a page gets a short 304 instead of the whole page. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/*");
        return registration;
    }
}
