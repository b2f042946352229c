package io.cotrain.portal;

import java.util.Locale;

/** A signed-in user switched the UI language; the account module stores it as the account's locale. */
public record UiLocaleChosen(Locale locale) {
}
