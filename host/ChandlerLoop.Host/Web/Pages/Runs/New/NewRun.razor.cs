using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>
/// /runs/new: the operator sets up a run (protocol, rig, donors, loops with the live dose calculator),
/// creates the draft through <see cref="RunSetupService"/> (errors listed, nothing saved; warnings shown
/// by their fields), then starts pre-warming through <see cref="RunOrchestrator"/>.
/// </summary>
public sealed partial class NewRun : IDisposable
{
    private const string LoopsCollection = "Loops";
    private const string DonorsCollection = "Donors";
    private RunSetupForm _form = new();
    private List<ProtocolTemplate> _templates = new();
    private IReadOnlyList<RigChoice> _rigs = [];
    private List<string> _registeredRigKeys = new();
    private IReadOnlyList<SetupMessage> _messages = [];
    private RunSetupResult? _created;
    private bool _createdSimulated;
    private string? _prewarmRefusal;
    private string? _loadError;
    private bool _busy;
    private bool _preview;
    private bool _checkedClean;
    private bool _liveCheck;
    private int _attempt;

    [Inject] private RunSetupService Setup { get; set; } = null!;
    [Inject] private ProtocolTemplateService Templates { get; set; } = null!;
    [Inject] private RigRuntime Runtime { get; set; } = null!;
    [Inject] private RigRegistry Registry { get; set; } = null!;
    [Inject] private RunOrchestrator Orchestrator { get; set; } = null!;
    [Inject] private ChandlerDbContextFactory Databases { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;
    [Inject] private CurrentUser Current { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private IReadOnlyList<SetupMessage> RunMessages => _messages.Where(m => m.Collection.Length == 0).ToList();

    private string LoopVolumeText => _form.TubingInnerDiameterMillimeters is { } d && _form.LoopLengthCentimeters is { } l && d > 0 && l > 0
        ? "Loop volume " + LoopGeometry.InternalVolumeMilliliters(d, l).ToString("0.0", CultureInfo.InvariantCulture) + " mL"
        : "";

    private RigChoice? SelectedRig => _rigs.FirstOrDefault(r => r.RigKey == _form.RigKey);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _form.ProtocolTemplateId = await Templates.EnsureDefaultTemplateAsync();
            await using var db = Databases.CreateDbContext();
            _templates = await db.ProtocolTemplates.AsNoTracking().OrderBy(t => t.Name).ThenByDescending(t => t.Version).ToListAsync();
            _registeredRigKeys = await db.Rigs.AsNoTracking().Select(r => r.RigKey).ToListAsync();
        }
        catch (DbUpdateException exception)
        {
            _loadError = "The protocols and rigs could not be read from the database (" + exception.Message + "). Reload the page; if it persists, check the host's data folder.";
        }

        RefreshRigs();
        if (IsEdit)
        {
            await LoadDraftAsync();
        }
        else
        {
            _form.AddDonor(NowUtc());
            _form.AddLoop(LoopRole.NegativeControl);
            _form.AddLoop(LoopRole.TestArticle);
            _form.AddLoop(LoopRole.PositiveControl);
        }

        Registry.PresenceChanged += OnPresenceChanged;
    }

    /// <inheritdoc />
    public void Dispose() => Registry.PresenceChanged -= OnPresenceChanged;

    private void OnPresenceChanged(RigPresence presence) => _ = InvokeAsync(() =>
    {
        RefreshRigs();
        StateHasChanged();
    });

    private void RefreshRigs() =>
        _rigs = RigChoice.List(_registeredRigKeys, Registry.Rigs, Runtime.Fleet?.Rigs.Select(r => r.RigId) ?? []);

    private DateTime NowUtc()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    }

    private Task AddDonorAsync()
    {
        _form.AddDonor(NowUtc());
        return FieldChangedAsync();
    }

    private Task RemoveDonorAsync(DonorForm donor)
    {
        _form.RemoveDonor(donor);
        return FieldChangedAsync();
    }

    private Task AddLoopAsync(LoopRole role)
    {
        _form.AddLoop(role);
        return FieldChangedAsync();
    }

    private Task RemoveLoopAsync(LoopForm loop)
    {
        _form.RemoveLoop(loop);
        return FieldChangedAsync();
    }

    private IReadOnlyList<SetupMessage> RowMessages(string collection, int index) => _messages.Where(m => m.IsFor(collection, index)).ToList();

    /// <summary>"Check set-up": the service's errors and warnings for the form as it is; nothing saved.</summary>
    private async Task CheckAsync()
    {
        _liveCheck = true;
        await PreviewAsync();
    }

    /// <summary>After the first check or attempt, any change in the form is checked again.</summary>
    private async Task FieldChangedAsync()
    {
        if (_liveCheck && _created is null && !_busy)
        {
            await PreviewAsync();
        }
    }

    private async Task PreviewAsync()
    {
        if (_created is not null)
        {
            return;
        }

        var attempt = ++_attempt;
        var user = await Current.GetAsync();
        _preview = true;
        _checkedClean = false;
        if (RefusedBeforeService(user) is { } refused)
        {
            _messages = refused;
            return;
        }

        RunSetupCheck check;
        try
        {
            check = await CheckRequestAsync(user);
        }
        catch (DraftNotEditableException refusedEdit)
        {
            RefuseEdit(refusedEdit);
            return;
        }

        if (attempt != _attempt || _created is not null)
        {
            // A later check or the draft's creation answered meanwhile: its messages stand.
            return;
        }

        _messages = check.Errors.Select(SetupMessage.FromError).Concat(check.Warnings.Select(SetupMessage.FromWarning)).ToList();
        _checkedClean = check.IsValid;
    }

    private Task<RunSetupCheck> CheckRequestAsync(SignedInUser user) => IsEdit
        ? Setup.CheckDraftAsync(RunId!.Value, _form.ToRequest(user.UserName, _draft?.Request.IsSimulated == true))
        : Setup.CheckAsync(_form.ToRequest(user.UserName, SelectedRig?.IsSimulated == true));

    /// <summary>Messages when the request cannot be sent at all (not an operator, required values empty); null otherwise.</summary>
    private IReadOnlyList<SetupMessage>? RefusedBeforeService(SignedInUser user)
    {
        if (user.Role != UserRole.Operator)
        {
            return [new SetupMessage(true, "", null, "OperatorUserName", "Only an operator can set up runs: sign in with an operator account.")];
        }

        var missing = _form.MissingValues();
        return missing.Count > 0 ? missing.Select(text => new SetupMessage(true, "", null, null, text)).ToList() : null;
    }

    private async Task CreateDraftAsync()
    {
        if (_created is not null)
        {
            return;
        }

        await SubmitAsync(async user =>
        {
            var simulated = SelectedRig?.IsSimulated == true;
            var created = await Setup.CreateDraftAsync(_form.ToRequest(user.UserName, simulated));
            _createdSimulated = simulated;
            return created;
        });
    }

    /// <summary>
    /// Sends the form (create or save a draft) after the checks the page can make itself; shows the
    /// service's warnings when it was saved and its errors when it was refused (nothing saved).
    /// </summary>
    private async Task SubmitAsync(Func<SignedInUser, Task<RunSetupResult>> send)
    {
        if (_busy)
        {
            return;
        }

        _attempt++;
        var user = await Current.GetAsync();
        _preview = false;
        _checkedClean = false;
        _liveCheck = true;
        if (RefusedBeforeService(user) is { } notSent)
        {
            _messages = notSent;
            return;
        }

        _busy = true;
        try
        {
            _created = await send(user);
            _messages = _created.Warnings.Select(SetupMessage.FromWarning).ToList();
        }
        catch (SetupValidationException refused)
        {
            _messages = refused.Errors.Select(SetupMessage.FromError).ToList();
        }
        catch (DraftNotEditableException refused)
        {
            RefuseEdit(refused);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task StartPrewarmAsync()
    {
        if (_created is null || _busy)
        {
            return;
        }

        var user = await Current.GetAsync();
        if (user.Role != UserRole.Operator)
        {
            _prewarmRefusal = "Only an operator can start a run: sign in with an operator account.";
            return;
        }

        _busy = true;
        _prewarmRefusal = null;
        try
        {
            // Off the circuit's synchronization context: the rig's answer is applied on the MQTT handler thread.
            var runId = _created.RunId;
            var outcome = await Task.Run(() => Orchestrator.StartPrewarmAsync(runId, user.UserName));
            if (outcome.Accepted)
            {
                Navigation.NavigateTo($"runs/{_created.RunId}");
                return;
            }

            _prewarmRefusal = PrewarmRefusalText.For(outcome, _form.RigKey);
        }
        finally
        {
            _busy = false;
        }
    }

    private static string TemplateText(ProtocolTemplate template) => string.Format(CultureInfo.InvariantCulture,
        "{0} v{1} · {2:0.#} °C, {3:0.#} rpm, {4:0.#} min, samples at {5} min", template.Name, template.Version,
        template.SetpointCelsius, template.SpeedRpm, template.DurationMinutes, template.SamplingOffsetsMinutes);
}
