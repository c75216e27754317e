using System.Globalization;

namespace PaperSite.Lunr;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c>: the shortest round-trip digits (which .NET's "R" also
/// finds) laid out by ECMAScript's rules, which switch to exponents at other thresholds than .NET does.
/// </summary>
internal static class JsNumber
{
    /// <summary>Formats <paramref name="value"/> exactly as <c>String(value)</c> does in JavaScript.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0"; // also for -0, as JavaScript prints it
        }

        var dotnet = value.ToString("R", CultureInfo.InvariantCulture);

        // .NET prints plain decimals only for 1e-5 <= |x| < 1e15, a range where JavaScript does the same.
        return dotnet.Contains('E') ? FromExponentForm(dotnet) : dotnet;
    }

    /// <summary>Re-lays a .NET "d.dddE±x" string out by ECMAScript's Number::toString steps.</summary>
    private static string FromExponentForm(string dotnet)
    {
        var negative = dotnet[0] == '-';
        var body = negative ? dotnet[1..] : dotnet;
        var e = body.IndexOf('E');
        var digits = body[..e].Replace(".", string.Empty, StringComparison.Ordinal);
        var n = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1;
        var k = digits.Length;

        string laidOut;
        if (k <= n && n <= 21)
        {
            laidOut = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            laidOut = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            laidOut = "0." + new string('0', -n) + digits;
        }
        else
        {
            var exponent = (n - 1 >= 0 ? "+" : "-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
            laidOut = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponent;
        }

        return negative ? "-" + laidOut : laidOut;
    }
}
