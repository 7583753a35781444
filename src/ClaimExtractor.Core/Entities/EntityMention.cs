using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Entities;

/// <summary>A stretch of text that names an entity.</summary>
public sealed record EntityMention(TextSpan Span, EntityRef Entity, MentionKind Kind);
