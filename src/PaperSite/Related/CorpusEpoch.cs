namespace PaperSite.Related;

/// <summary>
/// The oldest papers whose statistics (how many papers have each word) stand for the whole corpus
/// when scoring. Statistics of all papers would change with every new day and with them every score,
/// rewriting pages whose content did not really change. An epoch is a unit times a power of 1.25:
/// it covers at least four fifths of the corpus and stays the same until the corpus grows past the
/// next power, so a daily build leaves older scores exactly as they were.
/// </summary>
internal static class CorpusEpoch
{
    private const double Growth = 1.25;

    /// <summary>How many of the oldest of <paramref name="papers"/> papers the statistics come from: all of them up to <paramref name="unit"/>.</summary>
    public static int Size(int papers, int unit)
    {
        if (papers <= unit)
        {
            return papers;
        }

        var epoch = (double)unit;
        while (Math.Round(epoch * Growth) <= papers)
        {
            epoch *= Growth;
        }

        return (int)Math.Round(epoch);
    }
}
