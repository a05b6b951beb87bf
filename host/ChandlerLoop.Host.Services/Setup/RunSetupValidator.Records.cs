using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>Checks of the optional set-up records a test report lists (DOMAIN §6) in <see cref="RunSetupValidator"/>.</summary>
internal sealed partial class RunSetupValidator
{
    private void CheckDonorRecords(string field, DonorSetup donor)
    {
        if (donor.Sex is { } sex && !Enum.IsDefined(sex))
        {
            _errors.Add($"{field}.Sex {(int)sex} is not a recorded sex: use Female or Male, or leave it empty.");
        }

        if (donor.AgeBand is { } band && !DonorAgeBands.All.Contains(band))
        {
            _errors.Add($"{field}.AgeBand '{band}' is not an age band: use one of {string.Join(", ", DonorAgeBands.All)}, or leave it empty.");
        }

        if (donor.MedicationFreeDays is { } days)
        {
            if (days < 0 || days > RunSetupLimits.MaximumMedicationFreeDays)
            {
                _errors.Add($"{field}.MedicationFreeDays is {days} days; the allowed range is 0–{RunSetupLimits.MaximumMedicationFreeDays} days: enter the days since the donor last took medication affecting platelets or coagulation (e.g. aspirin, NSAIDs), or leave it empty.");
            }
            else if (days < RunSetupLimits.WarnMedicationFreeDays)
            {
                _warnings.Add(new SetupWarning("medication_free_short", field + ".MedicationFreeDays",
                    $"The donor was medication-free for only {days} days, less than the {RunSetupLimits.WarnMedicationFreeDays} days usually required: aspirin or NSAIDs still inhibit platelets and lower the response the assay measures. Prefer another donor, or justify it as a deviation."));
            }
        }

        switch (donor.InfectionScreen)
        {
            case InfectionScreen.Positive:
                _errors.Add($"{field}.InfectionScreen is Positive: blood with a positive infection screen must not be used in the loops. Choose another donor.");
                break;
            case InfectionScreen.Pending:
                _warnings.Add(new SetupWarning("infection_screen_pending", field + ".InfectionScreen",
                    "The donor's infection screen is still pending: handle the blood as potentially infectious and record the result before the report is approved."));
                break;
            case { } screen when !Enum.IsDefined(screen):
                _errors.Add($"{field}.InfectionScreen {(int)screen} is not a screen result: use Negative, Pending or Positive, or leave it empty.");
                break;
        }
    }

    private void CheckTubingText(string field, string? text, string example)
    {
        if (text is { Length: > RunSetupLimits.MaximumTubingTextLength })
        {
            _errors.Add($"{field} is {text.Length} characters long; at most {RunSetupLimits.MaximumTubingTextLength} are allowed: shorten it ({example}).");
        }
    }
}
