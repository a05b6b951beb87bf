namespace ChandlerLoop.Hardware.Tests;

/// <summary>
/// The pin-map rules for the rig's ESP32-WROOM-32E, as a pure function so the rules themselves can be
/// tested against deliberately broken maps. Each method returns human-readable problems (empty = fine).
/// Sources: Espressif ESP32-WROOM-32E datasheet (pin definitions; GPIO6–11 wired to the SPI flash) and
/// ESP32 series datasheet (strapping pins GPIO0, 2, 5, 12, 15; GPIO34–39 input-only without pull-ups).
/// </summary>
internal static class PinMapChecker
{
    public static readonly int[] FlashPins = [6, 7, 8, 9, 10, 11];
    public static readonly int[] StrappingPins = [0, 2, 5, 12, 15];
    public static readonly int[] InputOnlyPins = [34, 35, 36, 37, 38, 39];

    /// <summary>GPIO1/3 are UART0: the USB-serial console used by nanoff to flash and deploy.</summary>
    public static readonly int[] ConsoleUartPins = [1, 3];

    /// <summary>GPIO numbers the ESP32 has at all (there is no GPIO20, 24 or 28–31).</summary>
    public static readonly int[] ExistingPins =
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39];

    /// <summary>Constants and rows must be the same set of (name, GPIO) pairs.</summary>
    public static List<string> CompareWithConstants(IReadOnlyDictionary<string, int> constants, IReadOnlyList<PinoutRow> rows)
    {
        var problems = new List<string>();
        foreach (var (name, gpio) in constants)
        {
            var matching = rows.Where(r => r.Signal == name).ToList();
            if (matching.Count != 1)
            {
                problems.Add($"Pins.{name} has {matching.Count} rows in pinout.csv (expected exactly 1)");
            }
            else if (matching[0].Gpio != gpio)
            {
                problems.Add($"Pins.{name} = {gpio} but pinout.csv says GPIO{matching[0].Gpio}");
            }
        }

        foreach (var row in rows.Where(r => !constants.ContainsKey(r.Signal)))
        {
            problems.Add($"pinout.csv row {row} has no GPIO constant of that name in Pins");
        }

        return problems;
    }

    /// <summary>Electrical rules on the rows alone.</summary>
    public static List<string> CheckRules(IReadOnlyList<PinoutRow> rows)
    {
        var problems = new List<string>();
        foreach (var group in rows.GroupBy(r => r.Gpio).Where(g => g.Count() > 1))
        {
            problems.Add($"GPIO{group.Key} is used by {string.Join(", ", group.Select(r => r.Signal))}");
        }

        foreach (var row in rows)
        {
            bool isOutput = row.Direction == "output";
            if (!isOutput && row.Direction != "input")
            {
                problems.Add($"{row}: direction must be 'input' or 'output'");
            }

            if (string.IsNullOrWhiteSpace(row.Notes))
            {
                problems.Add($"{row}: notes are empty");
            }

            if (!ExistingPins.Contains(row.Gpio))
            {
                problems.Add($"{row}: the ESP32 has no GPIO{row.Gpio}");
            }

            if (FlashPins.Contains(row.Gpio))
            {
                problems.Add($"{row}: GPIO6–11 belong to the module's SPI flash");
            }

            if (ConsoleUartPins.Contains(row.Gpio))
            {
                problems.Add($"{row}: GPIO1/3 are UART0, needed for flashing and deployment");
            }

            if (StrappingPins.Contains(row.Gpio) && !row.Notes.Contains("strapping pin justified:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{row}: strapping pin without a 'strapping pin justified:' note");
            }

            if (InputOnlyPins.Contains(row.Gpio))
            {
                if (isOutput)
                {
                    problems.Add($"{row}: GPIO34–39 are input-only");
                }
                else if (!row.Notes.Contains("external pull-up", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{row}: GPIO34–39 have no internal pull-up, notes must say 'external pull-up'");
                }
            }
        }

        return problems;
    }
}
