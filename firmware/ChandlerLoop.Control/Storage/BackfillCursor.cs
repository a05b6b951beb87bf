namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// Paces one back-fill (docs/protocol.md "Back-fill"): which requested records are still
    /// held, which are not (for the command_result detail "records a..b no longer held"), and the
    /// next sequence number to re-publish, at most <see cref="MaxRecordsPerSecond"/> a second so
    /// live telemetry keeps flowing (a token bucket holding at most one second's worth).
    /// Time is passed in; nothing is allocated.
    /// </summary>
    public sealed class BackfillCursor
    {
        /// <summary>Re-published records per second, at most (docs/protocol.md).</summary>
        public const int MaxRecordsPerSecond = 50;

        private int _next;
        private int _last;
        private double _tokens;
        private double _lastSeconds;

        /// <summary>True while records remain to be sent.</summary>
        public bool Active { get { return _next != 0 && _next <= _last; } }

        /// <summary>First requested record no longer held, 0 when every requested record is held.</summary>
        public int MissingFrom { get; private set; }

        /// <summary>Last requested record no longer held, 0 when none.</summary>
        public int MissingTo { get; private set; }

        /// <summary>First record that will be sent, 0 when none.</summary>
        public int FirstToSend { get; private set; }

        /// <summary>Last record that will be sent, 0 when none.</summary>
        public int LastToSend { get; private set; }

        /// <summary>Plans a back-fill of <paramref name="fromSequence"/>..<paramref name="toSequence"/>
        /// (toSequence 0: up to the newest) given that the rig holds
        /// <paramref name="oldestHeld"/>..<paramref name="newestHeld"/> (0, 0 when nothing).
        /// Replaces any back-fill in progress. Returns the number of records that will be sent.</summary>
        public int Begin(int fromSequence, int toSequence, int oldestHeld, int newestHeld, double nowSeconds)
        {
            _next = 0;
            _last = 0;
            MissingFrom = 0;
            MissingTo = 0;
            FirstToSend = 0;
            LastToSend = 0;
            _tokens = MaxRecordsPerSecond;
            _lastSeconds = nowSeconds;
            if (fromSequence < 1)
            {
                return 0;
            }

            int to = toSequence == 0 || toSequence > newestHeld ? newestHeld : toSequence;
            if (newestHeld == 0 || to < fromSequence)
            {
                return 0;
            }

            int first = fromSequence;
            if (oldestHeld > fromSequence)
            {
                MissingFrom = fromSequence;
                MissingTo = oldestHeld - 1 < to ? oldestHeld - 1 : to;
                first = oldestHeld;
            }

            if (first > to)
            {
                return 0;
            }

            _next = first;
            _last = to;
            FirstToSend = first;
            LastToSend = to;
            return to - first + 1;
        }

        /// <summary>Gives the next record to send when the rate allows it.</summary>
        public bool TryNext(double nowSeconds, out int sequence)
        {
            sequence = 0;
            if (!Active)
            {
                return false;
            }

            double elapsed = nowSeconds - _lastSeconds;
            if (elapsed > 0.0)
            {
                _tokens += elapsed * MaxRecordsPerSecond;
                if (_tokens > MaxRecordsPerSecond)
                {
                    _tokens = MaxRecordsPerSecond;
                }
            }

            _lastSeconds = nowSeconds;
            if (_tokens < 1.0)
            {
                return false;
            }

            _tokens -= 1.0;
            sequence = _next;
            _next++;
            return true;
        }

        /// <summary>Stops the back-fill (a new run started).</summary>
        public void Cancel()
        {
            _next = 0;
            _last = 0;
        }
    }
}
