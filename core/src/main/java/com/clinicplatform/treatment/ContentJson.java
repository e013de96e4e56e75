package com.clinicplatform.treatment;

import jakarta.persistence.AttributeConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A revision's content as the JSON its {@code jsonb} column holds. The names are the records' component names: a
 * migration that builds content in SQL (V18's first revisions) writes the same ones.
 */
abstract class ContentJson<C> implements AttributeConverter<C, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Class<C> type;

    ContentJson(Class<C> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(C content) {
        return content == null ? null : JSON.writeValueAsString(content);
    }

    @Override
    public C convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, type);
    }

    public static final class OfTreatment extends ContentJson<TreatmentContent> {
        public OfTreatment() {
            super(TreatmentContent.class);
        }
    }
}
