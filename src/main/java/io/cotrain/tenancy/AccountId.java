package io.cotrain.tenancy;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record AccountId(@JsonValue UUID value) {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
