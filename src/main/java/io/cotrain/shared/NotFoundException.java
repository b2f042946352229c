package io.cotrain.shared;

/**
 * The thing asked for does not exist for the caller. Rows of another tenant or region are invisible, so
 * asking for them ends here too: the API answers 404 and the UI its not-found page.
 */
public class NotFoundException extends RuntimeException {

	private final String subject;

	public NotFoundException(String subject, Object id) {
		super(subject + " " + id + " not found");
		this.subject = subject;
	}

	public String subject() {
		return subject;
	}
}
