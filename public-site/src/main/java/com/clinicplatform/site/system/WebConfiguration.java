package com.clinicplatform.site.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Every template is an HTML page. Thymeleaf would otherwise type a page after the address it was asked for,
     * serving the 404 page for {@code /sitemap.json} as JSON.
     */
    WebConfiguration(ThymeleafViewResolver templates) {
        templates.setForceContentType(true);
    }

    /**
     * Pages carry an ETag, so a browser that already has a page gets a short 304 instead of the whole page. Weak,
     * because the server compresses pages, and Tomcat leaves responses with a strong ETag uncompressed.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        var filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
