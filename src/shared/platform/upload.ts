/**
 * Choosing a photo to upload, from the camera or the album. `Taro.chooseImage` does it in both builds:
 * WeChat opens its own picker and gives a temporary file path; in the browser Taro opens an
 * `<input type=file accept=image/*>` (asking 拍摄 or 从相册选择 on a phone) and gives a `blob:` URL.
 * Either is what `Taro.uploadFile` takes as `filePath`.
 */
import Taro from '@tarojs/taro'

export interface ChosenFile {
  /** What `Taro.uploadFile` reads: a temporary path in WeChat, a `blob:` URL in the browser. */
  path: string
  sizeBytes: number
  /**
   * The type as far as the platform tells: the browser gives the file's own type, WeChat only a file
   * name to read it from. Null when neither says; the server judges by the bytes anyway.
   */
  mimeType: string | null
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  bmp: 'image/bmp',
  pdf: 'application/pdf',
}

/** The type a chosen file declares, else the one its name ends with. */
export function mimeTypeOf(declared: string | undefined, path: string): string | null {
  if (declared && declared.includes('/')) return declared.toLowerCase()
  const extension = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase()
  return (extension && TYPES_BY_EXTENSION[extension]) || null
}

const errMsgOf = (error: unknown) => String((error as { errMsg?: unknown } | null)?.errMsg ?? (error instanceof Error ? error.message : ''))

/**
 * One photo the person takes or picks, or null when they close the picker. Throws an Error with a
 * plain Chinese message when the camera or album cannot be used (permission refused) or the chosen
 * file cannot be read as a picture (the browser drops what it cannot open, e.g. a PDF or a HEIC photo).
 */
export async function choosePhoto(): Promise<ChosenFile | null> {
  let result: Taro.chooseImage.SuccessCallbackResult
  try {
    result = await Taro.chooseImage({ count: 1, sizeType: ['original', 'compressed'], sourceType: ['album', 'camera'] })
  } catch (error) {
    if (/cancel/i.test(errMsgOf(error))) return null
    throw new Error('没能打开相机或相册。请在手机设置里允许使用相机和相册，然后再试')
  }
  const file = result.tempFiles[0]
  const path = file?.path ?? result.tempFilePaths[0]
  if (!path) throw new Error('这张照片打不开，请换一张 JPG 或 PNG 格式的照片')
  return { path, sizeBytes: file?.size ?? 0, mimeType: mimeTypeOf(file?.type, path) }
}
