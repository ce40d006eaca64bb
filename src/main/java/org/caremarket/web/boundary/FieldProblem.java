package org.caremarket.web.boundary;

/** What is wrong with one field of a form, in words for the person filling it in; {@code field} is the input's id. */
public record FieldProblem(String field, String message) {
}
