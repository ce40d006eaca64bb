package org.caremarket.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Yes/no columns are SMALLINT 0/1: EclipseLink's Derby platform writes booleans as integers, which a
 * Derby BOOLEAN column refuses, and SMALLINT behaves the same in Derby and PostgreSQL.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Short> {

    @Override
    public Short convertToDatabaseColumn(Boolean flag) {
        return flag == null ? null : (short) (flag ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Short column) {
        return column == null ? null : column != 0;
    }
}
