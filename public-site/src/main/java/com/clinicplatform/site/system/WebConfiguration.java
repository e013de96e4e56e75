package com.clinicplatform.site.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import com.clinicplatform.site.seo.CanonicalPathFilter;
import com.clinicplatform.system.ClinicProperties;

/**
 * The first steps of every request, in order: the client's address and scheme are settled (only trusted proxies may
 * change them), non-canonical addresses are redirected, and then the page cache may answer (see
 * {@code pagecache}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Every template is an HTML page. Thymeleaf would otherwise type a page after the address it was asked for,
     * serving the 404 page for {@code /sitemap.json} as JSON.
     */
    WebConfiguration(ThymeleafViewResolver templates) {
        templates.setForceContentType(true);
    }

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(ClinicProperties settings) {
        var registration = new FilterRegistrationBean<>(new TrustedProxyFilter(settings.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
        var registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
