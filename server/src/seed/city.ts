import type { GeoPoint } from '../../../src/shared/contracts/index'

/**
 * The demo city. Its centre is where distances are measured from when a client gives no location
 * (a real deployment sets its own city here). Coordinates are GCJ-02, as Chinese map SDKs return them.
 */
export const DEMO_CITY: { name: string; centre: GeoPoint } = {
  name: '长治市',
  centre: { lat: 36.1954, lng: 113.1163 },
}
