package com.clinicplatform.treatment;

/** A condition as an editor picks it for a treatment page, whatever its state. */
public record ConditionOption(long id, String name, PageState state) {

    static ConditionOption of(Condition condition) {
        return new ConditionOption(condition.id(), condition.name(), condition.state());
    }
}
