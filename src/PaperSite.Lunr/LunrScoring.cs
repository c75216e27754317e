namespace PaperSite.Lunr;

/// <summary>lunr's BM25 variant, with every operation in the order lunr.js performs it (floating point cares).</summary>
internal static class LunrScoring
{
    /// <summary>lunr's default term frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>lunr's default field length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>The boost lunr applies for a given one: <c>boost || 1</c>, so 0 and NaN mean 1.</summary>
    public static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    /// <summary><c>lunr.idf</c>: <c>Math.log(1 + Math.abs((N - df + 0.5) / (df + 0.5)))</c>.</summary>
    public static double Idf(int documentFrequency, int documentCount)
    {
        var x = (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }

    /// <summary>The vector value lunr stores for one term of one field, rounded to 3 decimals as lunr rounds.</summary>
    public static double Score(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost, double docBoost)
    {
        var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        score *= docBoost;
        return JsMath.Round(score * 1000) / 1000;
    }
}
