namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>Why a document refused an operation or a request. Every refusal changes nothing.</summary>
public enum DocumentError
{
    /// <summary>The operation is not a valid CodeMirror change set (wrong JSON shape, negative length, line break inside a line).</summary>
    MalformedOperation,

    /// <summary>The operation's lengths do not add up to the length of the document it claims to apply to.</summary>
    LengthMismatch,

    /// <summary>A position lies outside the document.</summary>
    OutOfRange,

    /// <summary>The operation would place a boundary between the two halves of a surrogate pair, or inserts an unpaired surrogate.</summary>
    SplitsSurrogatePair,

    /// <summary>The document would grow beyond <see cref="DocumentLimits.MaxDocumentLength"/>.</summary>
    DocumentTooLong,

    /// <summary>The operation inserts more than <see cref="DocumentLimits.MaxInsertedLength"/> or has more than <see cref="DocumentLimits.MaxSections"/> sections.</summary>
    OperationTooLarge,

    /// <summary>The operation id has no client id, a client id that is too long, or a sequence number below 1.</summary>
    InvalidOperationId,

    /// <summary>The client skipped a sequence number; it must resend its unconfirmed operations in order.</summary>
    SequenceGap,

    /// <summary>The base version is negative or newer than the document.</summary>
    UnknownVersion,

    /// <summary>The base version is older than the retained log; the client must reload the document.</summary>
    VersionTooOld,

    /// <summary>
    /// The base version is older than the one this client used for an earlier operation. Only a late copy from a
    /// dropped connection can arrive like this; the client's resend on its new connection supersedes it.
    /// </summary>
    StaleBaseVersion,

    /// <summary>No document with this id exists.</summary>
    DocumentNotFound,

    /// <summary>A document with this id exists already.</summary>
    DocumentAlreadyExists,

    /// <summary>The document was deleted; its id is not used again.</summary>
    DocumentDeleted,

    /// <summary>The title is empty or longer than <see cref="DocumentLimits.MaxTitleLength"/>.</summary>
    InvalidTitle,

    /// <summary>The workspace id is empty.</summary>
    InvalidWorkspace,

    /// <summary>A submission carries no operations, more than <see cref="DocumentLimits.MaxOperationsPerSubmission"/>, or one without id or changes.</summary>
    InvalidSubmission,

    /// <summary>
    /// The actor holds no role in the document's workspace that allows this: reading needs any role, editing needs
    /// Mitglied or Koordination; administrators may do both.
    /// </summary>
    AccessDenied,
}
