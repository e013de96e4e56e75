package com.clinicplatform.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the two most common reasons an app cannot start into a short, clear message instead of a stack trace:
 * a missing setting, and a database it cannot reach.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    StartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingSettingException missing) {
                return new FailureAnalysis(missing.getMessage(),
                        "Set " + missing.setting() + " in the environment. ./clinic start generates one into the"
                                + " data folder and passes it to both apps.", failure);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                FailureAnalysis analysis = databaseProblem(sql.getSQLState(), failure);
                if (analysis != null) {
                    return analysis;
                }
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return databaseProblem("08001", failure);
            }
        }
        return null;
    }

    private FailureAnalysis databaseProblem(String sqlState, Throwable failure) {
        String url = withoutCredentials(environment.getProperty("spring.datasource.url", "(no spring.datasource.url)"));
        String problem;
        if (sqlState.startsWith("08")) {
            problem = "Cannot reach the database at " + url + ".";
        } else if (sqlState.equals("28P01") || sqlState.equals("28000")) {
            problem = "The database at " + url + " refused the user name or password.";
        } else if (sqlState.equals("3D000")) {
            problem = "The database named in " + url + " does not exist.";
        } else {
            return null;
        }
        return new FailureAnalysis(problem,
                "Start the local database with ./clinic db (or everything with ./clinic start), or point"
                        + " SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at a"
                        + " PostgreSQL 15 or newer that is running.", failure);
    }

    /** The address without what may hold a password: its user information and its parameters. */
    static String withoutCredentials(String jdbcUrl) {
        return jdbcUrl.replaceFirst("\\?.*$", "").replaceFirst("//[^/@]*@", "//");
    }
}
