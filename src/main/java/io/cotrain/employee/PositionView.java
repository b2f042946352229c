package io.cotrain.employee;

/**
 * A position. {@code grade} orders positions for promotion: a move to a higher grade is a promotion.
 */
public record PositionView(PositionId id, String code, String name, String nameEn, RoleType roleType, int grade) {
}
