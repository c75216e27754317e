using System.Globalization;
using System.Text;
using PaperSite.Tests.Support;

namespace PaperSite.Lunr.Tests;

/// <summary>The JavaScript behaviours the port re-implements: number printing, lowercasing, Math.log/round.</summary>
public sealed class JsSemanticsTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-0.0, "0")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(-1.5e-9, "-1.5e-9")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Prints_numbers_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.ToString(value));
    }

    [Theory]
    [InlineData(512.5, 513)]
    [InlineData(-512.5, -512)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    public void Rounds_halves_towards_positive_infinity(double value, double expected)
    {
        Assert.Equal(expected, JsMath.Round(value));
    }

    [Theory]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑΣ Σ", "σας σ")]
    [InlineData("CAFÉ", "café")]
    public void Lowercases_as_javascript_does(string text, string expected)
    {
        Assert.Equal(expected, JsLowerCase.ToLower(text));
    }

    [RequiresNodeFact]
    public void Number_printing_matches_node_on_random_doubles()
    {
        var random = new Random(7);
        var values = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            var bits = random.NextInt64() ^ ((long)random.Next() << 40);
            var value = BitConverter.Int64BitsToDouble(bits);
            values.Add(double.IsFinite(value) ? value : i);
            values.Add(Math.Round(random.NextDouble() * 20000) / 1000 * (i % 2 == 0 ? 1 : -1));
            values.Add(random.NextDouble() * Math.Pow(10, random.Next(-30, 30)));
        }

        var script = "const lines=require('fs').readFileSync(0,'utf8').trim().split('\\n');"
            + "const v=new DataView(new ArrayBuffer(8));"
            + "process.stdout.write(lines.map(h=>{v.setBigUint64(0,BigInt('0x'+h));const x=v.getFloat64(0);return String(x)+' '+JSON.stringify(x)}).join('\\n'))";
        var input = string.Join("\n", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));
        var lines = NodeRunner.Run(["-e", script], input).Split('\n');
        for (var i = 0; i < values.Count; i++)
        {
            using var writer = new LunrJsonWriter();
            writer.Number(values[i]);
            Assert.Equal(lines[i], JsNumber.ToString(values[i]) + " " + Encoding.UTF8.GetString(writer.Written));
        }
    }

    [RequiresNodeFact]
    public void Lowercasing_matches_node_for_every_code_point()
    {
        var script = "const out=[];for(let c=0;c<=0x10FFFF;c++){if(c>=0xD800&&c<=0xDFFF)continue;"
            + "const s=String.fromCodePoint(c),l=s.toLowerCase();if(l!==s)out.push(c.toString(16)+' '+[...l].map(x=>x.codePointAt(0).toString(16)).join(','))}"
            + "process.stdout.write(out.join('\\n'))";
        var expected = NodeRunner.Run(["-e", script]).Split('\n');
        var actual = new List<string>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var text = char.ConvertFromUtf32(c);
            var lower = JsLowerCase.ToLower(text);
            if (lower != text)
            {
                var codePoints = new List<string>();
                foreach (var rune in lower.EnumerateRunes())
                {
                    codePoints.Add(rune.Value.ToString("x", CultureInfo.InvariantCulture));
                }

                actual.Add(c.ToString("x", CultureInfo.InvariantCulture) + " " + string.Join(",", codePoints));
            }
        }

        Assert.Equal(expected, actual);
    }

    [RequiresNodeFact]
    public void Log_matches_v8_bit_for_bit()
    {
        var values = new List<double>();
        for (var n = 1; n <= 400; n++)
        {
            for (var df = 1; df <= n + 2; df++)
            {
                values.Add(1 + Math.Abs((n - df + 0.5) / (df + 0.5)));
            }
        }

        var random = new Random(11);
        for (var i = 0; i < 20000; i++)
        {
            values.Add(random.NextDouble() * Math.Pow(2, random.Next(-1074, 1024)));
        }

        var script = "const lines=require('fs').readFileSync(0,'utf8').trim().split('\\n');"
            + "const v=new DataView(new ArrayBuffer(8));"
            + "process.stdout.write(lines.map(h=>{v.setBigUint64(0,BigInt('0x'+h));v.setFloat64(0,Math.log(v.getFloat64(0)));return v.getBigUint64(0).toString(16).padStart(16,'0')}).join('\\n'))";
        var input = string.Join("\n", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));
        var lines = NodeRunner.Run(["-e", script], input).Split('\n');
        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal(lines[i], BitConverter.DoubleToInt64Bits(JsMath.Log(values[i])).ToString("x16", CultureInfo.InvariantCulture));
        }
    }
}
