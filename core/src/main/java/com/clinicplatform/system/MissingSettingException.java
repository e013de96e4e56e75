package com.clinicplatform.system;

/** A setting an app cannot start without is missing or unusable; the message names it and says what to do. */
public class MissingSettingException extends RuntimeException {

    private final String setting;

    public MissingSettingException(String setting, String problem) {
        super(setting + " " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
