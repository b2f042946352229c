package io.cotrain.tenancy;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record RegionId(@JsonValue UUID value) {

	public RegionId {
		Objects.requireNonNull(value, "value");
	}

	public static RegionId of(String value) {
		return new RegionId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
