namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>Hard limits of a document and of one operation, enforced wherever text enters.</summary>
public static class DocumentLimits
{
    /// <summary>A document holds at most this many UTF-16 code units.</summary>
    public const int MaxDocumentLength = 1_000_000;

    /// <summary>One operation inserts at most this many UTF-16 code units.</summary>
    public const int MaxInsertedLength = 100_000;

    /// <summary>
    /// One operation has at most this many sections. A generous bound for multi-cursor edits that keeps a
    /// single message from making the server walk millions of entries.
    /// </summary>
    public const int MaxSections = 100_000;

    /// <summary>A client id is at most this long; CodeMirror generates ids of about six characters.</summary>
    public const int MaxClientIdLength = 64;

    /// <summary>
    /// One submission carries at most this many operations, so that a single write stays small; an editor with more
    /// unconfirmed operations sends them in several.
    /// </summary>
    public const int MaxOperationsPerSubmission = 1_000;

    /// <summary>A title is at most this long.</summary>
    public const int MaxTitleLength = 200;
}
