using System.Text.Json;
using PaperSite.Benchmarks;

namespace PaperSite.Tests.Benchmarks;

/// <summary>Benchmark figures say whether W^X was on, and the CLI keeps the runtime's default: on.</summary>
public sealed class MachineInfoTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData(null, null, "0", false)]
    [InlineData(null, null, "false", false)]
    [InlineData(null, null, "1", true)]
    [InlineData("0", null, null, false)]
    [InlineData(null, "0", null, false)]
    [InlineData("1", null, "0", true)]
    [InlineData("00", null, "1", false)]
    [InlineData("a", null, null, true)]
    public void W_x_is_read_as_the_runtime_reads_it(string? dotnet, string? complus, string? setting, bool on)
    {
        string? Environment(string name) => name switch
        {
            "DOTNET_EnableWriteXorExecute" => dotnet,
            "COMPlus_EnableWriteXorExecute" => complus,
            _ => null,
        };

        Assert.Equal(on, MachineInfo.IsWriteXorExecute(Environment, setting));
    }

    [Fact]
    public void The_cli_keeps_w_x_on_in_its_runtime_configuration()
    {
        // The CLI hosts a web server; W^X guards it against code written into executable memory.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "papersite.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        var setting = properties.TryGetProperty(MachineInfo.WriteXorExecuteSetting, out var value) ? value.ToString() : null;

        Assert.True(MachineInfo.IsWriteXorExecute(_ => null, setting));
    }

    [Fact]
    public void The_one_line_summary_says_whether_w_x_was_on()
    {
        var machine = MachineInfo.Current();

        Assert.EndsWith(machine.WriteXorExecute ? ", W^X on" : ", W^X off", machine.ToString());
        Assert.EndsWith(", W^X off", (machine with { WriteXorExecute = false }).ToString());
    }
}
