namespace ChandlerLoop.Mqtt;
