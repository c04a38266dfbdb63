"""Support code of the interoperability suite: settings from the environment, bounded waits, a raw MQTT
client for captures and for requests the official library has no method for, decoding by topic with the
official codec, a private Mosquitto for self-tests, and CRC-16/CCITT-FALSE."""
