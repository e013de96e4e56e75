package com.clinicplatform.site.seo;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SeoConfiguration implements WebMvcConfigurer {

    private final StructuredData structuredData;

    SeoConfiguration(StructuredData structuredData) {
        this.structuredData = structuredData;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StructuredDataInterceptor(structuredData));
    }
}
