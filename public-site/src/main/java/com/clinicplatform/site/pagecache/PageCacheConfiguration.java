package com.clinicplatform.site.pagecache;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.clinicplatform.system.ClinicMetrics;

/** The page cache is on unless {@code clinic.page-cache.enabled=false} (for tests that never commit). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "clinic.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration implements WebMvcConfigurer {

    /** After the filters that fix the request's address and scheme, before everything else. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ClinicMetrics metrics) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, metrics));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    SiteContentListener siteContentListener(JdbcConnectionDetails database, PageCache cache) {
        return new SiteContentListener(database, cache);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CachedPageInterceptor());
    }
}
