using System;
using System.Device.Wifi;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Firmware.Control;
using ChandlerLoop.Firmware.Storage;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using nanoFramework.Networking;

namespace ChandlerLoop.Firmware.Messaging
{
    /// <summary>
    /// The network thread: Wi-Fi (WifiNetworkHelper, automatic reconnection), then MQTT 3.1.1
    /// with nanoFramework.M2Mqtt: persistent session, last will = retained offline status,
    /// subscription to the rig's <c>commands</c> topic, retained online status; then it drains
    /// <see cref="OutboundQueue"/> and paces back-fill. M2Mqtt neither reconnects nor
    /// re-subscribes by itself, so any failure closes the client and the loop starts over after
    /// <see cref="ReconnectBackoff"/> (1 s doubling to 60 s, equal jitter). Runs apart from the
    /// control thread, which never waits for it.
    /// </summary>
    public sealed class MqttLink
    {
        private readonly RigSettings _settings;
        private readonly OutboundQueue _queue;
        private readonly CommandHandler _commands;
        private readonly TelemetryStore _store;
        private readonly StatusSource _status;
        private readonly X509Certificate _caCertificate;
        private readonly ReconnectBackoff _backoff = new ReconnectBackoff(1.0, 60.0);
        private readonly Random _random = new Random();
        private readonly TelemetryRecord _replay = new TelemetryRecord();
        private readonly JsonWriter _writer = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);
        private readonly Utf8Text _rigId = new Utf8Text(ProtocolLimits.MaxRigIdChars);
        private readonly string _statusTopic;
        private readonly string _telemetryTopic;
        private readonly string _eventsTopic;
        private readonly string _commandsTopic;
        private MqttClient _client;

        /// <summary>Wires the link; <paramref name="caCertificate"/> is null without TLS.</summary>
        public MqttLink(RigSettings settings, OutboundQueue queue, CommandHandler commands, TelemetryStore store,
            StatusSource status, X509Certificate caCertificate)
        {
            _settings = settings;
            _queue = queue;
            _commands = commands;
            _store = store;
            _status = status;
            _caCertificate = caCertificate;
            _rigId.Set(settings.RigId);
            string prefix = "chandler/v1/" + settings.RigId + "/";
            _statusTopic = prefix + "status";
            _telemetryTopic = prefix + "telemetry";
            _eventsTopic = prefix + "events";
            _commandsTopic = prefix + "commands";
        }

        /// <summary>Starts the network thread.</summary>
        public void Start()
        {
            Thread thread = new Thread(Run);
            thread.Priority = ThreadPriority.BelowNormal;
            thread.Start();
        }

        private void Run()
        {
            while (true)
            {
                try
                {
                    if (ConnectWifi() && ConnectBroker())
                    {
                        _backoff.Reset();
                        Pump();
                    }
                }
                catch (Exception e)
                {
                    Console.WriteLine("network: " + e.Message);
                }

                Close();
                double delay = _backoff.NextDelaySeconds(_random.NextDouble());
                Console.WriteLine("network: retry in " + delay.ToString("F1") + " s");
                Thread.Sleep((int)(delay * 1000.0));
            }
        }

        private bool ConnectWifi()
        {
            if (WifiNetworkHelper.Status == NetworkHelperStatus.NetworkIsReady)
            {
                return true;
            }

            CancellationTokenSource timeout = new CancellationTokenSource(30000);
            bool up = WifiNetworkHelper.ConnectDhcp(_settings.Wifi.Ssid, _settings.Wifi.Password,
                WifiReconnectionKind.Automatic, _settings.Broker.UseTls, 0, timeout.Token);
            if (!up)
            {
                Console.WriteLine("wifi: cannot join '" + _settings.Wifi.Ssid + "' (check ssid/password, 2.4 GHz only)");
            }

            return up;
        }

        private bool ConnectBroker()
        {
            BrokerSettings broker = _settings.Broker;
            _client = new MqttClient(broker.Host, broker.Port, broker.UseTls, _caCertificate, null,
                broker.UseTls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
            _client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
            _client.MqttMsgPublishReceived += OnPublishReceived;
            MqttReasonCode code = _client.Connect(_settings.RigId, broker.Username, broker.Password, true,
                MqttQoSLevel.AtLeastOnce, true, _statusTopic, OfflineStatus(), false, 30);
            if (code != MqttReasonCode.Success)
            {
                Console.WriteLine("mqtt: broker refused the connection (check broker.username/password and the ACL)");
                return false;
            }

            _client.Subscribe(new string[] { _commandsTopic }, new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce });
            _status.ForceNext();
            return true;
        }

        private void Pump()
        {
            while (_client != null && _client.IsConnected)
            {
                bool busy = PublishStatusIfChanged();
                MessageTopic topic;
                byte[] message = _queue.TryDequeue(out topic);
                if (message != null)
                {
                    Publish(topic, message);
                    busy = true;
                }

                int sequence;
                if (_commands.Backfill.TryNext(RigClock.NowSeconds, out sequence))
                {
                    if (_store.TryRead(sequence, _replay))
                    {
                        _replay.Replay = true;
                        if (RigMessageEncoder.WriteTelemetry(_writer, _rigId, _status.Run, _replay))
                        {
                            Publish(MessageTopic.TelemetryReplay, Copy(_writer));
                        }
                    }

                    busy = true;
                }

                if (!busy)
                {
                    Thread.Sleep(20);
                }
            }
        }

        private bool PublishStatusIfChanged()
        {
            if (!_status.TryWrite(_writer))
            {
                return false;
            }

            Publish(MessageTopic.Status, Copy(_writer));
            return true;
        }

        private void Publish(MessageTopic topic, byte[] message)
        {
            switch (topic)
            {
                case MessageTopic.Status:
                    _client.Publish(_statusTopic, message, null, null, MqttQoSLevel.AtLeastOnce, true);
                    break;
                case MessageTopic.Telemetry:
                    _client.Publish(_telemetryTopic, message, null, null, MqttQoSLevel.AtMostOnce, false);
                    break;
                case MessageTopic.TelemetryReplay:
                    _client.Publish(_telemetryTopic, message, null, null, MqttQoSLevel.AtLeastOnce, false);
                    break;
                default:
                    _client.Publish(_eventsTopic, message, null, null, MqttQoSLevel.AtLeastOnce, false);
                    break;
            }
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            byte[] payload = e.Message;
            if (e.Topic == _commandsTopic && payload != null)
            {
                _commands.Handle(payload);
            }
        }

        private string OfflineStatus()
        {
            RigMessageEncoder.WriteOfflineStatus(_writer, _rigId);
            return Encoding.UTF8.GetString(_writer.Buffer, 0, _writer.Length);
        }

        private void Close()
        {
            MqttClient client = _client;
            _client = null;
            if (client == null)
            {
                return;
            }

            try
            {
                client.MqttMsgPublishReceived -= OnPublishReceived;
                client.Close();
            }
            catch (Exception)
            {
                // The connection is already gone; nothing more to release.
            }
        }

        private static byte[] Copy(JsonWriter writer)
        {
            byte[] bytes = new byte[writer.Length];
            Array.Copy(writer.Buffer, 0, bytes, 0, writer.Length);
            return bytes;
        }
    }
}
