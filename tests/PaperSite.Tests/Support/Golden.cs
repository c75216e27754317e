namespace PaperSite.Tests.Support;

/// <summary>
/// Golden-file assertions: compares text with a committed expected file. Set
/// <c>PAPERSITE_UPDATE_GOLDEN=1</c> to rewrite the expected files, then review the diff.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("PAPERSITE_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath}; run with PAPERSITE_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
