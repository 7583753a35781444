namespace ClaimExtractor.Nlp.Text;

/// <summary>The shape of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters (and digits after a letter: Q3, APT38); abbreviations keep their period.</summary>
    Word,

    /// <summary>Digits with thousands commas and one decimal point: 4,500 and 1.6.</summary>
    Number,

    /// <summary>Punctuation: . , ; - — “ ” and the like.</summary>
    Punct,

    /// <summary>Symbols: $ € £ % and anything else.</summary>
    Symbol,
}
