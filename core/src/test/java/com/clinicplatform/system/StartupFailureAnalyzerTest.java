package com.clinicplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartupFailureAnalyzerTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/clinic"));

    @Test
    void anUnreachableDatabaseIsNamedWithWhatToDo() {
        var failure = new IllegalStateException("flyway failed",
                new SQLException("Connection refused", "08001", new ConnectException("refused")));

        var analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription()).contains("Cannot reach the database at jdbc:postgresql://db.internal:5432/clinic");
        assertThat(analysis.getAction()).contains("./clinic db").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void noPasswordInTheAddressIsRepeated() {
        assertThat(StartupFailureAnalyzer.withoutCredentials("jdbc:postgresql://db:5432/clinic?user=c&password=s3cr3t"))
                .isEqualTo("jdbc:postgresql://db:5432/clinic");
        assertThat(StartupFailureAnalyzer.withoutCredentials("jdbc:postgresql://c:s3cr3t@db:5432/clinic"))
                .isEqualTo("jdbc:postgresql://db:5432/clinic");
    }

    @Test
    void aMissingSettingIsNamed() {
        var analysis = analyzer.analyze(new IllegalStateException("binding failed",
                new MissingSettingException("CLINIC_SIGNING_SECRET", "is not set.")));

        assertThat(analysis.getDescription()).isEqualTo("CLINIC_SIGNING_SECRET is not set.");
        assertThat(analysis.getAction()).contains("./clinic start generates one");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
