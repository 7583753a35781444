namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// How a document writes its digits: English (1,200.5: a thousands comma and a decimal point) or, in text translated
/// from continental European languages, a decimal comma and thousands dots (1.200,5; "3,2 million"; "96,5%").
/// The whole document is read one way; a single ambiguous number never decides it alone.
/// </summary>
public enum NumberConvention
{
    /// <summary>A thousands comma and a decimal point: "1,200" is twelve hundred, "3.2" three point two.</summary>
    DecimalPoint,

    /// <summary>A decimal comma and thousands dots: "3,2" is three point two, "184.000" a hundred and eighty-four thousand.</summary>
    DecimalComma,
}
