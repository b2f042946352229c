package io.cotrain.files;

import java.io.InputStream;

/**
 * The one store of uploaded files, in PostgreSQL (so every node of the application sees them), per tenant by row
 * security. It has no pages or endpoints: the module that owns a file's purpose keeps its id, decides who may see it
 * and serves it from its own controller with {@link FileResponses}.
 * <p>
 * Storing checks the upload against a {@link FilePolicy} and the tenant's settings, and refuses it with a
 * {@link io.cotrain.shared.RuleViolationException} on field {@code file} (message keys {@code files.*}): empty, larger
 * than the limit, a kind not accepted, content that is not what the name's extension says (or no accepted kind at
 * all, e.g. a renamed program), text that is not UTF-8, a name that is nothing once made safe. The same content
 * uploaded again in the tenant is stored once: the new upload gets its own id, name and uploader over the stored
 * bytes.
 */
public interface FileStore {

	/**
	 * Checks and stores an upload, in the caller's transaction if there is one (a rollback keeps nothing). The
	 * content is read once, and never more than the limit plus one byte.
	 */
	StoredFile store(Upload upload, FilePolicy policy);

	/** @throws io.cotrain.shared.NotFoundException (subject {@code file}) for an unknown id or one of another tenant */
	StoredFile metadata(FileId id);

	/**
	 * The content as a stream that reads the stored chunks one at a time (about 1 MB each) as it goes, each in the
	 * tenant scope of this call, so it may be read after the transaction and on another thread; the caller closes it.
	 *
	 * @throws io.cotrain.shared.NotFoundException as {@link #metadata}
	 */
	InputStream open(FileId id);

	/**
	 * The file as a resource to answer with ({@link FileResponses}): its metadata and content that opens as
	 * {@link #open} does, as often as asked (range requests of PDF viewers).
	 *
	 * @throws io.cotrain.shared.NotFoundException as {@link #metadata}
	 */
	FileContent content(FileId id);
}
