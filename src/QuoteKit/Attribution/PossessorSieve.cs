namespace QuoteKit.Attribution;

/// <summary>A quote right after a possessive name is that person's words: "Romney’s “47 percent” comment".</summary>
internal sealed class PossessorSieve : AttributionSieve
{
    public override SieveDecision? Decide(AttributionContext context, QuoteUnit quote, IReadOnlyList<QuoteUnit> quotes)
    {
        int open = quote.OpenMarkToken;
        if (open <= 0 || context.MentionEndingAt(open - 1) is not { Possessive: true, Kind: Mentions.MentionKind.Name } owner || owner.Type == Mentions.EntityType.Place)
        {
            return null;
        }

        return new SieveDecision(owner, null, Name, 0.7, "possessive name right before the quote");
    }
}
