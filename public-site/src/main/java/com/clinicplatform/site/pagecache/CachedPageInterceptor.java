package com.clinicplatform.site.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Tells the page cache which answers it may keep: those of handlers marked {@link CachedPage}. */
class CachedPageInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CachedPage.class)) {
            request.setAttribute(PageCacheFilter.CACHEABLE, Boolean.TRUE);
        }
        return true;
    }
}
