using System.Collections.Frozen;
using System.Text;

namespace PaperSite.Papers;

/// <summary>
/// Folds accented Latin letters and ligatures to plain ASCII (<c>é</c> → <c>e</c>, <c>ﬁ</c> → <c>fi</c>,
/// <c>ß</c> → <c>ss</c>). The table is fixed in code, derived from Unicode's compatibility
/// decompositions, because the build runs with invariant globalization (so casing, and so the
/// search index, never depend on the machine's ICU), and there <c>string.Normalize</c> does nothing.
/// </summary>
internal static class LatinFold
{
    // Each character of Accented folds to the character at the same position of Plain.
    private const string Accented = ""
        + "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆ"
        + "ćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐő"
        + "ŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚ"
        + "ǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮ"
        + "ȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶ"
        + "ḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲ"
        + "ṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳ"
        + "ẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữ"
        + "ỰựỲỳỴỵỶỷỸỹ";

    private const string Plain = ""
        + "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaC"
        + "cCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOo"
        + "RrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaIiOoUuUuUuUu"
        + "UuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoO"
        + "oOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkL"
        + "lLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtU"
        + "uUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwysAaAaAaAaAaAaAaAaAaAa"
        + "AaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUu"
        + "UuYyYyYyYy";

    private static readonly FrozenDictionary<char, string> Map = BuildMap();

    /// <summary>The ASCII spelling of <paramref name="c"/>, or null when it has none in the table.</summary>
    public static string? Of(char c) => Map.GetValueOrDefault(c);

    /// <summary><paramref name="text"/> with every foldable character folded; others unchanged.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Of(c) ?? c.ToString());
        }

        return folded.ToString();
    }

    private static FrozenDictionary<char, string> BuildMap()
    {
        var map = new Dictionary<char, string>
        {
            ['Ĳ'] = "IJ",
            ['ĳ'] = "ij",
            ['Ǆ'] = "DZ",
            ['ǅ'] = "Dz",
            ['ǆ'] = "dz",
            ['Ǉ'] = "LJ",
            ['ǈ'] = "Lj",
            ['ǉ'] = "lj",
            ['Ǌ'] = "NJ",
            ['ǋ'] = "Nj",
            ['ǌ'] = "nj",
            ['Ǳ'] = "DZ",
            ['ǲ'] = "Dz",
            ['ǳ'] = "dz",
            ['ﬀ'] = "ff",
            ['ﬁ'] = "fi",
            ['ﬂ'] = "fl",
            ['ﬃ'] = "ffi",
            ['ﬄ'] = "ffl",
            ['ﬅ'] = "st",
            ['ﬆ'] = "st",
            ['ß'] = "ss",
            ['æ'] = "ae",
            ['Æ'] = "AE",
            ['œ'] = "oe",
            ['Œ'] = "OE",
            ['ø'] = "o",
            ['Ø'] = "O",
            ['ł'] = "l",
            ['Ł'] = "L",
            ['đ'] = "d",
            ['Đ'] = "D",
            ['þ'] = "th",
            ['Þ'] = "Th",
            ['ı'] = "i",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i].ToString();
        }

        return map.ToFrozenDictionary();
    }
}
