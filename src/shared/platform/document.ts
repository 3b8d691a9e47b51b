import Taro from '@tarojs/taro'

/**
 * Opens a downloaded file that is not a picture (a PDF) in the platform's viewer: WeChat's document
 * viewer in the mini-program; a new tab in the browser (Taro's H5 `openDocument` is not implemented,
 * and a blob: URL from `downloadFile` opens there with its own type). Resolves false when it could not.
 */
export async function openDownloadedDocument(path: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.openDocument({ filePath: path, showMenu: false })
      return true
    } catch {
      return false
    }
  }
  if (typeof window === 'undefined' || typeof window.open !== 'function') return false
  return window.open(path, '_blank') !== null
}

/** Shows pictures full screen, to zoom in on the small print (a licence's number). Resolves false when it could not. */
export async function previewPictures(urls: string[], current = urls[0]): Promise<boolean> {
  try {
    await Taro.previewImage({ urls, current })
    return true
  } catch {
    return false
  }
}
