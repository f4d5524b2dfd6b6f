namespace Kooperationsraum.Web.Hubs;

/// <summary>One selection of an editor, as CodeMirror keeps it: where it started and where the cursor is; equal when nothing is selected.</summary>
public sealed record PresenceRange(int Anchor, int Head);
