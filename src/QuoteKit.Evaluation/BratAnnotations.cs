namespace QuoteKit.Evaluation;

/// <summary>One piece of a brat text-bound annotation, in code points, end exclusive.</summary>
/// <param name="Start">First code point.</param>
/// <param name="End">Code point after the last.</param>
public readonly record struct BratFragment(int Start, int End);

/// <summary>A brat text-bound annotation (<c>T1	Content 10 20;25 40	text</c>).</summary>
/// <param name="Id">The id, e.g. <c>T1</c>.</param>
/// <param name="Type">The type, e.g. <c>Content</c>, <c>Source</c>, <c>Cue</c>.</param>
/// <param name="Fragments">Its pieces in code points, as written.</param>
/// <param name="Text">The text the file records for it (first line only when it spans lines).</param>
public sealed record BratTextBound(string Id, string Type, IReadOnlyList<BratFragment> Fragments, string Text);

/// <summary>A role of a brat event and the annotation that fills it (<c>Content:T3</c>).</summary>
/// <param name="Role">The role as written, e.g. <c>Content</c> or <c>Content2</c>.</param>
/// <param name="Id">The id of the text-bound annotation.</param>
public sealed record BratArgument(string Role, string Id);

/// <summary>A brat event (<c>E1	Attribution:T4 Content:T3 Cue:T2 Source:T1</c>).</summary>
/// <param name="Id">The id, e.g. <c>E1</c>.</param>
/// <param name="Type">The event type, e.g. <c>Attribution</c>.</param>
/// <param name="Trigger">The id of the trigger annotation, or null.</param>
/// <param name="Arguments">The roles, in file order.</param>
public sealed record BratEvent(string Id, string Type, string? Trigger, IReadOnlyList<BratArgument> Arguments);

/// <summary>The text-bound annotations and events of one <c>.ann</c> file; other lines are not kept.</summary>
/// <param name="TextBounds">Text-bound annotations by id.</param>
/// <param name="Events">Events in file order.</param>
public sealed record BratAnnotations(IReadOnlyDictionary<string, BratTextBound> TextBounds, IReadOnlyList<BratEvent> Events);
