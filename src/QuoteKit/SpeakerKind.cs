namespace QuoteKit;

/// <summary>What sort of entity a <see cref="Speaker"/> is.</summary>
public enum SpeakerKind
{
    /// <summary>Not determined from the text.</summary>
    Unknown,

    /// <summary>A person: Vladimir Putin, the spokeswoman.</summary>
    Person,

    /// <summary>An organisation or institution: CCTV, the Kremlin, police.</summary>
    Organization,

    /// <summary>Several speakers at once: the two leaders, both men, officials.</summary>
    Group,
}
