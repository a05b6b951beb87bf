using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Storage;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Firmware.Control;
using ChandlerLoop.Firmware.Storage;

namespace ChandlerLoop.Firmware.Messaging
{
    /// <summary>
    /// Runs one payload from the <c>commands</c> topic through the protocol codec's
    /// <see cref="RigCommandProcessor"/> under the rig lock, queues its answer, and carries out
    /// what the processor hands back to the firmware: a new run's telemetry log, back-fill,
    /// identify, autotune. Called on the network thread.
    /// </summary>
    public sealed class CommandHandler
    {
        private readonly object _rigLock;
        private readonly RigController _rig;
        private readonly RigCommandProcessor _processor;
        private readonly TelemetryStore _store;
        private readonly OutboundQueue _queue;
        private readonly ControlLoop _loop;
        private readonly BackfillCursor _backfill = new BackfillCursor();

        /// <summary>Wires the handler.</summary>
        public CommandHandler(object rigLock, RigController rig, RigCommandProcessor processor, TelemetryStore store,
            OutboundQueue queue, ControlLoop loop, RelayAutotuner autotuner)
        {
            _rigLock = rigLock;
            _rig = rig;
            _processor = processor;
            _store = store;
            _queue = queue;
            _loop = loop;
            _processor.Autotuner = autotuner;
        }

        /// <summary>The back-fill in progress (paced by the network thread).</summary>
        public BackfillCursor Backfill { get { return _backfill; } }

        /// <summary>Processes <paramref name="payload"/>.</summary>
        public void Handle(byte[] payload)
        {
            double now = RigClock.NowSeconds;
            lock (_rigLock)
            {
                _processor.AutotuneActive = _rig.IsAutotuning;
                CommandOutcome outcome = _processor.Process(payload, payload.Length, now);
                if (outcome == CommandOutcome.Ignored)
                {
                    return;
                }

                if (outcome == CommandOutcome.Accepted)
                {
                    _loop.NoteAcceptedCommand(_processor.Command);
                    CarryOut(now);
                }

                JsonWriter answer = _processor.Output;
                if (!answer.Failed && answer.Length > 0)
                {
                    _queue.Enqueue(MessageTopic.Events, answer.Buffer, answer.Length);
                }
            }
        }

        private void CarryOut(double now)
        {
            DecodedCommand command = _processor.Command;
            if (command.Kind == CommandKind.StartPrewarm)
            {
                _backfill.Cancel();
                _store.StartRun(command.Run.ToString());
            }

            switch (_processor.Request)
            {
                case RigRequest.Backfill:
                    _backfill.Begin(_processor.BackfillFromSequence, _processor.BackfillToSequence,
                        _store.OldestHeldSequence, _store.NewestSequence, now);
                    break;
                case RigRequest.Identify:
                    _loop.IdentifyUntil(now + command.IdentifySeconds);
                    break;
                case RigRequest.LogAbortNote:
                    System.Console.WriteLine("abort note from host: " + command.Note.ToString());
                    break;
            }
        }
    }
}
