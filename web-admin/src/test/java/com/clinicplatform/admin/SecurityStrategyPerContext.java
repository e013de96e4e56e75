package com.clinicplatform.admin;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its session-aware security context strategy as the JVM-wide one when a context starts. With
 * several cached test contexts, the last one started would win, and a test running on an earlier context would set
 * its {@code @WithMockUser} where that context's views never look. Before each test, this puts back the strategy of
 * the context the test runs on (and runs before Spring Security's own listener sets up the mock user).
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1000;  // WithSecurityContextTestExecutionListener runs at 10000
    }
}
